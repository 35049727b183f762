stub: upstream file of 27872 bytes
