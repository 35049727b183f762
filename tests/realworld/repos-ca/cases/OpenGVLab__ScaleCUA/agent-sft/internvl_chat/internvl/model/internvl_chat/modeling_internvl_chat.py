stub: upstream file of 21750 bytes
