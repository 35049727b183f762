stub: upstream file of 3739 bytes
