stub: upstream file of 6443 bytes
