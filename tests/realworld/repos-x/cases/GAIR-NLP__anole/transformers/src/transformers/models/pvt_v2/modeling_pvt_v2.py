stub: upstream file of 29417 bytes
