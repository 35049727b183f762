stub: upstream file of 26609 bytes
