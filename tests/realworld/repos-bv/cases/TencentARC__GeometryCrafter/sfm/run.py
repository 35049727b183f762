stub: upstream file of 24201 bytes
