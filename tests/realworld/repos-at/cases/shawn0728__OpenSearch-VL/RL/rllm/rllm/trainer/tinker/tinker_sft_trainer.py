stub: upstream file of 14496 bytes
