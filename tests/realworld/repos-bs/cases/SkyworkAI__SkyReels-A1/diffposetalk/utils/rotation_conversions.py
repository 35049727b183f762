stub: upstream file of 18692 bytes
