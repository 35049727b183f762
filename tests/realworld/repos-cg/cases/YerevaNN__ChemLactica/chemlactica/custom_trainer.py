stub: upstream file of 9748 bytes
