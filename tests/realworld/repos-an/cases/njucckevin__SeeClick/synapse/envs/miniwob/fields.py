stub: upstream file of 46889 bytes
