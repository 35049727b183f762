stub: upstream file of 24602 bytes
