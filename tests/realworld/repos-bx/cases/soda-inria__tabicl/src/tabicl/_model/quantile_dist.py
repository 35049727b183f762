stub: upstream file of 56335 bytes
