stub: upstream file of 13551 bytes
