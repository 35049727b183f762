stub: upstream file of 334718 bytes
