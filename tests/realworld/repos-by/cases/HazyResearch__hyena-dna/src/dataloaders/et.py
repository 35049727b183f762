stub: upstream file of 18335 bytes
