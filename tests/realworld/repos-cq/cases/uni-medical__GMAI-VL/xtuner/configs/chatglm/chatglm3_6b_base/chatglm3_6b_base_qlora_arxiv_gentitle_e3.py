stub: upstream file of 9417 bytes
