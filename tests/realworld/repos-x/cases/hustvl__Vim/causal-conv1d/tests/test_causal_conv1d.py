stub: upstream file of 14298 bytes
