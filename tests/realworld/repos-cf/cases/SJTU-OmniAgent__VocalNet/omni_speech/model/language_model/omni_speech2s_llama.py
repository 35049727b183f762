stub: upstream file of 21707 bytes
