stub: upstream file of 27704 bytes
