stub: upstream file of 34628 bytes
