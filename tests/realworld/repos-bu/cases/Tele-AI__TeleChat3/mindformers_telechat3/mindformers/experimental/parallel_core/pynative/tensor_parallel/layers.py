stub: upstream file of 58793 bytes
