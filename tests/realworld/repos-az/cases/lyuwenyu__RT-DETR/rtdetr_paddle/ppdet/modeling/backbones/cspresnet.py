stub: upstream file of 10417 bytes
