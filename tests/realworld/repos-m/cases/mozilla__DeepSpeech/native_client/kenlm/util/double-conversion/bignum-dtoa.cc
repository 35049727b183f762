stub: upstream file of 27324 bytes
