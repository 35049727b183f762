stub: upstream file of 3692 bytes
