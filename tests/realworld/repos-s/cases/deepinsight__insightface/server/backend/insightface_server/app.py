stub: upstream file of 58779 bytes
