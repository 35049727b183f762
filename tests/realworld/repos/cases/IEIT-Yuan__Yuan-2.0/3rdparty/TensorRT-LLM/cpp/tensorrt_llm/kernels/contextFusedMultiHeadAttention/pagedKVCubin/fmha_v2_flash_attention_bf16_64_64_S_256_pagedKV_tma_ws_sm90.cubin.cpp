stub: upstream file of 1422766 bytes
