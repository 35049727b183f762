stub: upstream file of 23692 bytes
