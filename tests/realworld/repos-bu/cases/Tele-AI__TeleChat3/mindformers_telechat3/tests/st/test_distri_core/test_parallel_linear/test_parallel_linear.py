stub: upstream file of 13324 bytes
