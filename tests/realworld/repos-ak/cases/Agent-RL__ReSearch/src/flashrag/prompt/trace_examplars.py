stub: upstream file of 360641 bytes
