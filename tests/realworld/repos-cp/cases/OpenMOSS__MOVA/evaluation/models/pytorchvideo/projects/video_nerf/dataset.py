stub: upstream file of 3796 bytes
