stub: upstream file of 12042 bytes
