stub: upstream file of 10506 bytes
