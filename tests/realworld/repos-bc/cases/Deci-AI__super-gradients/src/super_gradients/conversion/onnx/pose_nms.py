stub: upstream file of 23682 bytes
