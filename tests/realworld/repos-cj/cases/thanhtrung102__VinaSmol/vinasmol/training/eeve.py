stub: upstream file of 4570 bytes
