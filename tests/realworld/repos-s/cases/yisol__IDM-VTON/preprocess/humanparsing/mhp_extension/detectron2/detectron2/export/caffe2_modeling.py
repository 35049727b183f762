stub: upstream file of 20670 bytes
