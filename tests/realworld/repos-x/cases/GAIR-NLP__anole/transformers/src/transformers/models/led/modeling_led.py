stub: upstream file of 139056 bytes
