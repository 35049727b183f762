stub: upstream file of 87825 bytes
