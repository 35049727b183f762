stub: upstream file of 2038684 bytes
