stub: upstream file of 12304 bytes
