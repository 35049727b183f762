stub: upstream file of 9424 bytes
