stub: upstream file of 5846 bytes
