stub: upstream file of 25673 bytes
