stub: upstream file of 28164 bytes
