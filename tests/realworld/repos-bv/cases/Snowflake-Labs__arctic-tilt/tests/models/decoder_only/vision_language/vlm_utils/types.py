stub: upstream file of 7742 bytes
