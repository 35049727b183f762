stub: upstream file of 22457 bytes
