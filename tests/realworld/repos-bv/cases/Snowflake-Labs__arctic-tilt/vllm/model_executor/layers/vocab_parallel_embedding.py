stub: upstream file of 22592 bytes
