stub: upstream file of 17538 bytes
