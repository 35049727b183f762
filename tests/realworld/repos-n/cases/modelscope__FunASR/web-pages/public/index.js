stub: upstream file of 540335 bytes
