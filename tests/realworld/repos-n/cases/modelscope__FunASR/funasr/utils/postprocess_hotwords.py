stub: upstream file of 13891 bytes
