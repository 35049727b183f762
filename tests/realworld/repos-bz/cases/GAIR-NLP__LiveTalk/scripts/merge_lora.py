stub: upstream file of 10798 bytes
