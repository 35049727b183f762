stub: upstream file of 16443 bytes
