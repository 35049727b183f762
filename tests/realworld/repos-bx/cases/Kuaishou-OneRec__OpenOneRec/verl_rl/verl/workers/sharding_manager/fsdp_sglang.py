stub: upstream file of 12149 bytes
