stub: upstream file of 9690 bytes
