stub: upstream file of 1240887 bytes
